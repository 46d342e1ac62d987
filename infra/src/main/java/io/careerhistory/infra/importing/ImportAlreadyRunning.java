package io.careerhistory.infra.importing;

/** One import at a time: a second would race the first's existence checks. 409. */
class ImportAlreadyRunning extends RuntimeException {

    ImportAlreadyRunning(String importId) {
        super("Import " + importId + " is still running; wait for it (GET /api/import/" + importId + ")");
    }
}
