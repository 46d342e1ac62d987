package io.careerhistory.query.mentorship;

import java.util.List;

/** A suggested mentor as a directory card, with the score that ranks them and the reasons behind it. */
public record MentorSuggestion(String employeeId, String name, String team, String track, String level, int score,
                               List<String> reasons) {
}
