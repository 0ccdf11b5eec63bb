package io.newsflow.console.record;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Decodes Kafka header bytes for display. Spring Kafka writes the original partition as a 4-byte int and the
 * original offset and timestamp as 8-byte longs, so those are shown as numbers rather than as mojibake.
 */
public final class HeaderValues {

    public static final String DLT_PREFIX = "kafka_dlt-";
    public static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";
    public static final String ORIGINAL_TIMESTAMP = "kafka_dlt-original-timestamp";
    public static final String EXCEPTION_CLASS = "kafka_dlt-exception-fqcn";
    public static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";
    private static final Set<String> INTS = Set.of(ORIGINAL_PARTITION);
    private static final Set<String> LONGS = Set.of(ORIGINAL_OFFSET, ORIGINAL_TIMESTAMP);

    private HeaderValues() {
    }

    public static Map<String, String> decode(Headers headers) {
        Map<String, String> decoded = new LinkedHashMap<>();
        for (Header header : headers) {
            decoded.put(header.key(), decode(header.key(), header.value()));
        }
        return decoded;
    }

    static String decode(String name, byte[] value) {
        if (value == null) {
            return "";
        }
        if (INTS.contains(name) && value.length == Integer.BYTES) {
            return Integer.toString(ByteBuffer.wrap(value).getInt());
        }
        if (LONGS.contains(name) && value.length == Long.BYTES) {
            return Long.toString(ByteBuffer.wrap(value).getLong());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return "0x" + HexFormat.of().formatHex(value);
        }
    }
}
