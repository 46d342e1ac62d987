package io.careerhistory.query.common;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/** Resolves {@link GlobalPosition} parameters; registered through {@code META-INF/services}. */
public class GlobalPositionParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Long> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        Parameter parameter = parameters[parameterIndex];
        if (!parameter.isAnnotationPresent(GlobalPosition.class)
                || !(parameter.getType() == long.class || parameter.getType() == Long.class)) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Long resolveParameterValue(Message<?> message) {
                return ((TrackedEventMessage<?>) message).trackingToken().position().orElseThrow(
                        () -> new IllegalStateException("The event store's tokens always know their position"));
            }

            @Override
            public boolean matches(Message<?> message) {
                return message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken().position().isPresent();
            }
        };
    }
}
