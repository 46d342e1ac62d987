package io.careerhistory.query.rotation;

import io.careerhistory.query.common.ReadsViews;
import io.careerhistory.query.common.Viewer;
import io.careerhistory.query.directory.DirectoryCard;
import io.careerhistory.query.directory.DirectoryProjection;
import io.careerhistory.query.directory.DirectoryRepository;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The open rotations a manager or talent partner takes forward, with the steps the reader may take next. Which steps
 * those are follows the command side's rules (the host team's lead approves; the employee's manager, the approving
 * lead or a talent partner does the rest), which still decide: the list only spares a button that would be refused.
 */
@RestController
@ReadsViews({RotationsProjection.PROCESSING_GROUP, DirectoryProjection.PROCESSING_GROUP})
class RotationsController {

    private final RotationsRepository rotations;
    private final DirectoryRepository directory;
    private final Viewer viewer;

    RotationsController(RotationsRepository rotations, DirectoryRepository directory, Viewer viewer) {
        this.rotations = rotations;
        this.directory = directory;
        this.viewer = viewer;
    }

    /**
     * The earliest planned start first: a talent partner sees every open rotation; a manager those of their reports,
     * those into their own team and those they approved. Someone who has left has no rotation to take forward.
     */
    @GetMapping("/api/rotations")
    Map<String, List<Map<String, Object>>> open() {
        List<Document> open = rotations.findOpen();
        Set<String> ids = new HashSet<>();
        open.forEach(r -> {
            ids.add(r.getString("employeeId"));
            ids.add(r.getString("approvedBy"));
        });
        ids.add(viewer.employeeId());
        ids.remove(null);
        Map<String, DirectoryCard> cards = directory.findAll(ids).stream()
                                                    .collect(Collectors.toMap(DirectoryCard::employeeId,
                                                                              Function.identity()));
        DirectoryCard reader = viewer.employeeId() == null ? null : cards.get(viewer.employeeId());
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Document rotation : open) {
            DirectoryCard employee = cards.get(rotation.getString("employeeId"));
            if (employee == null || !employee.employed()) {
                continue;
            }
            List<String> actions = actions(rotation, employee, reader);
            if (actions != null) {
                listed.add(line(rotation, employee, cards.get(rotation.getString("approvedBy")), actions));
            }
        }
        return Map.of("rotations", listed);
    }

    /** The steps the reader may take on the rotation; null when it is none of theirs. */
    private List<String> actions(Document rotation, DirectoryCard employee, DirectoryCard reader) {
        boolean talentPartner = viewer.has("TALENT_PARTNER");
        boolean theirManager = reader != null && reader.employeeId().equals(employee.managerId());
        boolean hostLead = reader != null && reader.employed() && !reader.employeeId().equals(employee.employeeId())
                && rotation.getString("hostTeam").equalsIgnoreCase(reader.team());
        boolean approver = reader != null && reader.employeeId().equals(rotation.getString("approvedBy"));
        if (!talentPartner && !theirManager && !hostLead && !approver) {
            return null;
        }
        boolean leads = talentPartner || theirManager || approver;
        return switch (rotation.getString("status")) {
            case "PROPOSED" -> Stream.of(hostLead ? "approve" : null, leads ? "cancel" : null).filter(Objects::nonNull)
                                     .toList();
            case "APPROVED" -> leads ? List.of("start", "cancel") : List.of();
            case "STARTED" -> leads ? List.of("extend", "complete", "cancel") : List.of();
            default -> List.of();
        };
    }

    private static Map<String, Object> line(Document rotation, DirectoryCard employee, DirectoryCard approver,
                                            List<String> actions) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("rotationId", rotation.getString("_id"));
        line.put("employeeId", employee.employeeId());
        line.put("employeeName", employee.name());
        line.put("employeeTeam", employee.team());
        for (String field : List.of("hostTeam", "hostTrack", "plannedStart", "plannedEnd", "status", "approvedBy")) {
            line.put(field, rotation.getString(field));
        }
        line.put("approvedByName", approver == null ? null : approver.name());
        line.put("actions", actions);
        return line;
    }
}
