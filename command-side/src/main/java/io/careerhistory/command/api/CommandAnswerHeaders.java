package io.careerhistory.command.api;

/** Headers a command's answer carries besides its body, which a replay of the answer must carry again. */
public final class CommandAnswerHeaders {

    /** The store position of the last event the command recorded: a read sent with it shows the command's effect. */
    public static final String POSITION = "Career-Position";

    private CommandAnswerHeaders() {
    }
}
