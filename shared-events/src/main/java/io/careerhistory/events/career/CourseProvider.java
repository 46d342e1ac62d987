package io.careerhistory.events.career;

/** Where a course was taken. */
public enum CourseProvider {
    ACADEMY,
    WORKSHOP,
    BOOTCAMP,
    EXTERNAL,
    CERTIFICATION
}
