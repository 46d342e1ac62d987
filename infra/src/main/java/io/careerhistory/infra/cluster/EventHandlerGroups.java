package io.careerhistory.infra.cluster;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.ListableBeanFactory;

import java.util.Map;
import java.util.TreeMap;

/**
 * The processing groups of the event handlers and sagas among the beans, each with the class that handles its events,
 * read from the bean definitions without creating the beans (a saga's group is its class name + "Processor", Axon's
 * default).
 */
public final class EventHandlerGroups {

    private EventHandlerGroups() {
    }

    public static Map<String, Class<?>> of(ListableBeanFactory beans) {
        Map<String, Class<?>> groups = new TreeMap<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            Class<?> type = beans.getType(name);
            if (group != null && type != null) {
                groups.put(group.value(), type);
            }
        }
        for (String name : beans.getBeanNamesForAnnotation(Saga.class)) {
            Class<?> type = beans.getType(name);
            if (type != null && beans.findAnnotationOnBean(name, ProcessingGroup.class) == null) {
                groups.put(type.getSimpleName() + "Processor", type);
            }
        }
        return groups;
    }
}
