package io.careerhistory.query.mentorship;

import io.careerhistory.query.common.ReadsViews;
import io.careerhistory.query.directory.DirectoryCard;
import io.careerhistory.query.directory.DirectoryProjection;
import io.careerhistory.query.directory.DirectoryRepository;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
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
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Document request : open) {
            DirectoryCard mentee = mentees.get(request.getString("menteeId"));
            if (mentee != null && !mentee.employed()) {
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("mentorshipId", request.getString("_id"));
            line.put("menteeId", request.getString("menteeId"));
            line.put("menteeName", mentee == null ? null : mentee.name());
            line.put("kind", request.getString("kind"));
            line.put("topic", request.getString("topic"));
            line.put("requestedOn", request.getString("requestedOn"));
            listed.add(line);
        }
        return Map.of("requests", listed);
    }
}
