package io.careerhistory.infra.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body of files (RFC 7578), for sending CSV files where the JDK's HTTP client has no helper. */
public record MultipartBody(String contentType, byte[] bytes) {

    /** @param files part name to (file name, content) */
    public static MultipartBody of(Map<String, Map.Entry<String, byte[]>> files) {
        String boundary = "career-history-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((part, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new MultipartBody("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
}
