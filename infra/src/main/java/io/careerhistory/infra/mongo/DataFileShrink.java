package io.careerhistory.infra.mongo;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gives back the space of a data file that is mostly dead chunks, as the files written before {@link DataFileCommit}
 * are (813 MB for the demo data, 2% of it live): before the server opens the file, one whose live data fill less than
 * {@value #MIN_LIVE_PERCENT}% of it is rewritten with its live data only. The rewrite is a copy and then an atomic
 * rename, so a crash meanwhile leaves the old file ({@link MVStoreTool#compact(String, boolean)}).
 */
final class DataFileShrink {

    private static final Logger log = LoggerFactory.getLogger(DataFileShrink.class);
    static final int MIN_LIVE_PERCENT = 25;
    /** Below this a file is not worth a copy, nor the look inside. */
    static final long MIN_BYTES = 16L << 20;

    private DataFileShrink() {
    }

    /** True when the file was rewritten. */
    static boolean ifMostlyDead(Path file, long minBytes) {
        try {
            if (!Files.exists(file)) {
                return false;
            }
            long before = Files.size(file);
            if (before < minBytes) {
                return false;
            }
            int live = livePercent(file);
            if (live >= MIN_LIVE_PERCENT) {
                return false;
            }
            MVStoreTool.compact(file.toString(), false);
            log.info("Rewrote the data file {} with its live data only, from {} to {} bytes ({}% of it was live)",
                     file.toAbsolutePath(), before, Files.size(file), live);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of the data file " + file.toAbsolutePath(), e);
        }
    }

    /** The share of the file its live pages take: chunks' share of the file times live pages' share of the chunks. */
    private static int livePercent(Path file) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            return store.getFillRate() * store.getFileStore().getChunksFillRate() / 100;
        }
    }
}
