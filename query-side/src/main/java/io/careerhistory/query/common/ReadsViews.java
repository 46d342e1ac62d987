package io.careerhistory.query.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The views a controller answers from, by the processing group that builds each: a read that must show a given write
 * waits for these (and for the directory, which the access rules read), not for every view of the system.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadsViews {

    String[] value();
}
