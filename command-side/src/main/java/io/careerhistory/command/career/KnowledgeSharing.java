package io.careerhistory.command.career;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What an employee's career must remember about knowledge sharing to keep its rules: talks and hack-week projects
 * already recorded, the pods they are in, and which passion projects are still running. Part of the
 * {@link EmployeeCareer} aggregate (and its snapshots), kept apart so that the aggregate stays readable.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
final class KnowledgeSharing {

    private final Set<String> talks = new HashSet<>();
    private final Set<String> pods = new HashSet<>();
    private final Set<String> hackWeekProjects = new HashSet<>();
    private final Map<String, Boolean> passionProjectRunning = new HashMap<>();

    void requireNewTalk(String title, LocalDate givenOn) {
        if (talks.contains(key(title, givenOn.toString()))) {
            throw new BusinessRuleViolation(ErrorCode.TALK_ALREADY_RECORDED,
                                            "The talk '" + title + "' on " + givenOn + " is already recorded");
        }
    }

    void requireNotInPod(String podId) {
        if (pods.contains(podId)) {
            throw new BusinessRuleViolation(ErrorCode.POD_ALREADY_JOINED, "Already a member of learning pod " + podId);
        }
    }

    void requireInPod(String podId) {
        if (!pods.contains(podId)) {
            throw new BusinessRuleViolation(ErrorCode.NOT_IN_POD, "Not a member of learning pod " + podId);
        }
    }

    void requireNewHackWeekProject(String hackWeek, String title) {
        if (hackWeekProjects.contains(key(hackWeek, title))) {
            throw new BusinessRuleViolation(ErrorCode.HACK_WEEK_PROJECT_ALREADY_RECORDED,
                                            "The project '" + title + "' of hack week " + hackWeek + " is already recorded");
        }
    }

    void requireRunningPassionProject(String projectId) {
        Boolean running = passionProjectRunning.get(projectId);
        if (running == null) {
            throw new BusinessRuleViolation(ErrorCode.PASSION_PROJECT_NOT_FOUND, "No passion project " + projectId);
        }
        if (!running) {
            throw new BusinessRuleViolation(ErrorCode.PASSION_PROJECT_ALREADY_ENDED,
                                            "Passion project " + projectId + " was already shipped or stopped");
        }
    }

    void talkGiven(String title, LocalDate givenOn) {
        talks.add(key(title, givenOn.toString()));
    }

    void joined(String podId) {
        pods.add(podId);
    }

    void left(String podId) {
        pods.remove(podId);
    }

    void hackWeekProjectRecorded(String hackWeek, String title) {
        hackWeekProjects.add(key(hackWeek, title));
    }

    void passionProjectStarted(String projectId) {
        passionProjectRunning.put(projectId, true);
    }

    void passionProjectEnded(String projectId) {
        passionProjectRunning.put(projectId, false);
    }

    private static String key(String first, String second) {
        return first + '\u0000' + second;
    }
}
