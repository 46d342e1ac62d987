package io.careerhistory.infra.projections;

/**
 * One projection's processor as an admin sees it: its state ({@code RUNNING}, {@code STANDBY} when another node holds
 * all its segments, {@code STOPPED}, {@code ERROR}), the lowest position its segments have reached, how far
 * that is behind the head of the store, how many of its events wait as dead letters, and the current or last rebuild
 * (null when none since start).
 */
public record ProjectionStatus(String name, String state, long position, long head, long lag, int segments,
                               long deadLetters, boolean rebuildable, RebuildProgress rebuild) {
}
