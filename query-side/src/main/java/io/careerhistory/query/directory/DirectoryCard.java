package io.careerhistory.query.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.bson.Document;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What anyone may see of a colleague: where they work, their skills, and how many people they mentor now. Their
 * manager is kept for access rules (a manager reads their reports' records), not shown.
 */
public record DirectoryCard(String employeeId, String name, String team, String track, String level, boolean employed,
                            Set<String> skills, int mentoringNow, @JsonIgnore String managerId) {

    static DirectoryCard of(Document d) {
        Set<String> skills = new TreeSet<>();
        d.get("skills", new Document()).values().forEach(shown -> ((List<?>) shown).forEach(s -> skills.add((String) s)));
        return new DirectoryCard(d.getString("_id"), d.getString("name"), d.getString("team"), d.getString("track"),
                                 d.getString("level"), !d.getBoolean("departed", false), skills,
                                 d.get("mentoring", new Document()).size(), d.getString("managerId"));
    }
}
