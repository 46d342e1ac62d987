package io.careerhistory.query.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event handler's {@code long} parameter that receives the event's position in the whole store (from its
 * tracking token). Unlike an aggregate's sequence number, it orders and tells apart events of different aggregates,
 * which share a timeline: a mentorship's events beside the career's own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface GlobalPosition {
}
