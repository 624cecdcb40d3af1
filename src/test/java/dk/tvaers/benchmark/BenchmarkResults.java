package dk.tvaers.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the benchmarks write: each benchmark one machine-readable file {@code benchmarks/results/<name>.json} and one
 * Markdown section {@code benchmarks/results/<name>.md}; after every write, {@code BENCHMARKS.md} is assembled afresh
 * from the intro ({@code benchmarks/intro.md}), the machine and every section present, in name order. So the
 * benchmarks may run alone or together, in any order, and the report always shows the latest figures of each.
 */
public final class BenchmarkResults {

    static final Path DIRECTORY = Path.of("benchmarks", "results");
    static final Path REPORT = Path.of("BENCHMARKS.md");
    static final Path INTRO = Path.of("benchmarks", "intro.md");

    /** One measured figure: what, at which scale, the value and its unit; extra keys for anything else. */
    public record Figure(
            String benchmark, String name, Integer scale, double value, String unit, Map<String, Object> extra) {
        public static Figure of(String benchmark, String name, Integer scale, double value, String unit) {
            return new Figure(benchmark, name, scale, value, unit, Map.of());
        }
    }

    /** Writes a benchmark's figures and its Markdown section, then assembles BENCHMARKS.md. */
    public static synchronized void write(String name, List<Figure> figures, String markdown) {
        try {
            Files.createDirectories(DIRECTORY);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("benchmark", name);
            json.put("measuredAt", OffsetDateTime.now().toString());
            json.put("machine", machine());
            json.put("figures", figures);
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(DIRECTORY.resolve(name + ".json").toFile(), json);
            Files.writeString(DIRECTORY.resolve(name + ".md"), markdown.strip() + "\n");
            assemble();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The machine the figures come from. */
    public static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put(
                "memoryMiB",
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getTotalMemorySize()
                        >> 20);
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        return machine;
    }

    static void assemble() throws IOException {
        List<String> parts = new ArrayList<>();
        if (Files.exists(INTRO)) {
            parts.add(Files.readString(INTRO).strip());
        }
        Map<String, Object> machine = machine();
        parts.add(String.format(
                "Last written %s on %s cores, %,d MiB memory, Java %s, %s.",
                OffsetDateTime.now().withNano(0),
                machine.get("cores"),
                (Long) machine.get("memoryMiB"),
                machine.get("java"),
                machine.get("os")));
        try (Stream<Path> sections = Files.list(DIRECTORY)) {
            for (Path section :
                    sections.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                parts.add(Files.readString(section).strip());
            }
        }
        Files.writeString(REPORT, String.join("\n\n", parts) + "\n");
    }

    private BenchmarkResults() {}
}
