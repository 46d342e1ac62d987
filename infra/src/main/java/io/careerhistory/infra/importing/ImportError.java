package io.careerhistory.infra.importing;

/** What is wrong with one value of an import, where: the file, its line (1 is the header), and the column. */
public record ImportError(String file, int line, String column, String message) {
}
