package io.careerhistory.infra.export;

import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names an export's {@code type} filter takes: every event class of shared-events (each carries {@code @Revision}),
 * by simple or full name. A misspelt type is refused rather than answered with an empty export.
 */
final class EventTypes {

    private static final String EVENTS_PACKAGE = "io.careerhistory.events";
    private static final Set<String> KNOWN = scan();

    private EventTypes() {
    }

    static void check(Collection<String> types) {
        List<String> unknown = types.stream().filter(type -> !KNOWN.contains(type)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("type must name an event class, such as CourseCompletedEvent, not "
                                                       + unknown.stream().map(type -> "'" + type + "'")
                                                                .collect(Collectors.joining(", ")));
        }
    }

    private static Set<String> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        Set<String> names = new HashSet<>();
        for (BeanDefinition event : scanner.findCandidateComponents(EVENTS_PACKAGE)) {
            String name = event.getBeanClassName();
            names.add(name);
            names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        return Set.copyOf(names);
    }
}
