package io.careerhistory.infra.deadletters;

/**
 * What a retry or eviction did: how many sequences it took on, how many of them it cleared (a retried sequence that
 * fails again stays), and how many letters the group still holds.
 */
public record DeadLetterOutcome(DeadLetterAction action, String processingGroup, int sequences, int cleared,
                                long remainingInGroup) {
}
