package io.careerhistory.infra.export;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * What an event class says about people, read once per class from its record components: which fields hold
 * employees, which one is the data subject, and which are personal.
 */
record EventPeople(List<String> employeeFields, List<String> employeeListFields, String subjectField,
                   List<String> personalFields) {

    private static final ClassValue<EventPeople> OF = new ClassValue<>() {
        @Override
        protected EventPeople computeValue(Class<?> type) {
            return read(type);
        }
    };

    static EventPeople of(Class<?> eventClass) {
        return OF.get(eventClass);
    }

    private static EventPeople read(Class<?> type) {
        List<String> employees = new ArrayList<>();
        List<String> employeeLists = new ArrayList<>();
        List<String> personal = new ArrayList<>();
        String subject = null;
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        for (RecordComponent component : components) {
            if (component.getType() == EmployeeId.class) {
                employees.add(component.getName());
                if (component.isAnnotationPresent(DataSubject.class) || subject == null) {
                    subject = component.getName(); // the marked subject, else the first employee named
                }
            } else if (component.getGenericType() instanceof ParameterizedType list
                    && List.class.equals(list.getRawType())
                    && EmployeeId.class.equals(list.getActualTypeArguments()[0])) {
                employeeLists.add(component.getName());
            }
            if (component.isAnnotationPresent(PersonalData.class)) {
                personal.add(component.getName());
            }
        }
        return new EventPeople(List.copyOf(employees), List.copyOf(employeeLists), subject, List.copyOf(personal));
    }
}
