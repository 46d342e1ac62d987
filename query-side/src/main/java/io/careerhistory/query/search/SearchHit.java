package io.careerhistory.query.search;

/** One search result: what it is ({@code person}, {@code skill}, {@code course}, {@code talk}, {@code team}, {@code topic}). */
public record SearchHit(String type, String id, String label, int score) {
}
