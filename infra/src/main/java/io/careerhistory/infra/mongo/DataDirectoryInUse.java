package io.careerhistory.infra.mongo;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

import java.nio.file.Path;

/**
 * The embedded store's data file is open in another process (H2 locks it while open): most likely the application
 * started a second time on the same data directory, or {@code verify} run beside it.
 */
public final class DataDirectoryInUse extends IllegalStateException {

    private final transient Path dataDir;

    DataDirectoryInUse(Path dataDir, Throwable cause) {
        super("The data directory " + dataDir.toAbsolutePath().normalize()
                      + " is in use by another running career-history process", cause);
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Whether {@code failure}, or one of its causes, is H2 refusing a file that another process holds. */
    static boolean isLockedFile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return true;
            }
        }
        return false;
    }
}
