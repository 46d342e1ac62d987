package io.careerhistory.infra.eventstore;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 over a commit's content and the hashes it links to (the previous commit of each aggregate stream
 * in it). Because the key comes from configuration and is never stored, someone who edits a stored commit
 * cannot recompute hashes that still verify.
 */
public final class CommitHasher {

    static final String GENESIS = "genesis";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    // A Mac is not thread-safe and costly to look up; doFinal resets it for the next use.
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public CommitHasher(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("The hash-chain key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    String hash(StoredCommit commit) {
        Mac mac = macs.get();
        Canonical canonical = new Canonical(mac);
        canonical.add(commit.previousHashes().size());
        commit.previousHashes().forEach(canonical::add);
        canonical.add(commit.abortedReason())
                 .add(commit.position())
                 .add(commit.firstGlobalIndex())
                 .add(commit.recordedAt())
                 .add(commit.actor())
                 .add(commit.correlationId())
                 .add(commit.causationId());
        for (StoredEvent e : commit.events()) {
            canonical.add(e.eventId()).add(e.aggregateId()).add(e.type()).add(e.sequence())
                     .add(e.timestamp()).add(e.payloadType()).add(e.payloadRevision())
                     .add(e.payload()).add(e.metadata());
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /**
     * The global chain: each position's link covers the link before it and the commit's own hash, so that the order of
     * all commits, and that none is missing or replaced, is fixed by the last link.
     */
    String chain(String previousLink, String commitHash) {
        Mac mac = macs.get();
        new Canonical(mac).add("global-chain").add(previousLink).add(commitHash);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** A keyed signature of a checkpoint: the position, the global chain's link there, and when it was taken. */
    String signCheckpoint(long position, String link, String signedAt) {
        Mac mac = macs.get();
        new Canonical(mac).add("checkpoint").add(position).add(link).add(signedAt);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    boolean verifies(StoredCommit commit) {
        return hash(commit).equals(commit.hash());
    }

    /** Length-prefixed fields, so that moving bytes from one field to the next changes the hash. */
    private static final class Canonical {
        private final Mac mac;
        private final byte[] number = new byte[Long.BYTES]; // one update per number, not one per byte

        Canonical(Mac mac) {
            this.mac = mac;
        }

        Canonical add(String value) {
            if (value == null) {
                mac.update((byte) 0);
                return this;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            mac.update((byte) 1);
            add(bytes.length);
            mac.update(bytes);
            return this;
        }

        Canonical add(long value) {
            for (int i = Long.BYTES - 1; i >= 0; i--) { // big-endian
                number[i] = (byte) value;
                value >>>= 8;
            }
            mac.update(number);
            return this;
        }
    }
}
