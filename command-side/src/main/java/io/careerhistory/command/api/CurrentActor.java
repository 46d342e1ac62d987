package io.careerhistory.command.api;

/** Who is acting in the request being handled: the authenticated user's name (their login name), or null for nobody. */
@FunctionalInterface
public interface CurrentActor {

    String name();
}
