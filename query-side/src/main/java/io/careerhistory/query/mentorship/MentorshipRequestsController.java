package io.careerhistory.query.mentorship;

import io.careerhistory.query.common.ReadsViews;
import io.careerhistory.query.directory.DirectoryCard;
import io.careerhistory.query.directory.DirectoryProjection;
import io.careerhistory.query.directory.DirectoryRepository;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** For talent partners, who match mentors: who is waiting for one, on what, and since when. */
@RestController
@ReadsViews({MentorshipRequestsProjection.PROCESSING_GROUP, DirectoryProjection.PROCESSING_GROUP})
class MentorshipRequestsController {

    private final MentorshipRequestsRepository requests;
    private final DirectoryRepository directory;

    MentorshipRequestsController(MentorshipRequestsRepository requests, DirectoryRepository directory) {
        this.requests = requests;
        this.directory = directory;
    }

    /**
     * The open requests, the longest waiting first, each with the mentee's name from the directory; a mentee who has
     * left is no longer waiting (nobody can be matched with them).
     */
    @GetMapping("/api/mentorships/requests")
    Map<String, List<Map<String, Object>>> open() {
        List<Document> open = requests.findOpen();
        Map<String, DirectoryCard> mentees = directory.findAll(open.stream().map(r -> r.getString("menteeId")).toList())
                                                      .stream()
                                                      .collect(Collectors.toMap(DirectoryCard::employeeId,
                                                                                Function.identity()));
        List<Map<String, Object>> listed = open.stream().filter(r -> {
            DirectoryCard mentee = mentees.get(r.getString("menteeId"));
            return mentee == null || mentee.employed();
        }).map(r -> {
            DirectoryCard mentee = mentees.get(r.getString("menteeId"));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("mentorshipId", r.getString("_id"));
            line.put("menteeId", r.getString("menteeId"));
            line.put("menteeName", mentee == null ? null : mentee.name());
            line.put("kind", r.getString("kind"));
            line.put("topic", r.getString("topic"));
            line.put("requestedOn", r.getString("requestedOn"));
            return line;
        }).toList();
        return Map.of("requests", listed);
    }
}
