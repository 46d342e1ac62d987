package io.careerhistory.infra.importing;

import java.util.List;

/** An import with errors: every one, with its line; nothing was imported. */
class InvalidImport extends RuntimeException {

    private final transient List<ImportError> errors;

    InvalidImport(List<ImportError> errors) {
        super(errors.size() + " error(s) in the import; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    List<ImportError> errors() {
        return errors;
    }
}
