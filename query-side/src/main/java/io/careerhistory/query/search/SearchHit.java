package io.careerhistory.query.search;

/**
 * One search result: what it is ({@code person}, {@code skill}, {@code course}, {@code talk}, {@code team},
 * {@code topic}); for a person, {@code detail} tells apart two of the same name (role and team, and whether they left).
 */
public record SearchHit(String type, String id, String label, String detail, int score) {
}
