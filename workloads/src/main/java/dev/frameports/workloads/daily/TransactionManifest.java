package dev.frameports.workloads.daily;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a generation wrote and what the daily summary of it must be: the spec, every file (path,
 * rows, bytes, content hash) and the per-day oracle. Stored as {@value #FILE_NAME} beside the data,
 * with the oracle also as {@value #EXPECTED_CSV} in the job's output format; both are written last,
 * so a folder without a manifest holds no finished generation.
 *
 * @param spec the parameters of the generation
 * @param files the data files in index order
 * @param days the days that have rows, in date order
 */
public record TransactionManifest(
    TransactionSpec spec, List<ManifestFile> files, List<DailyExpectation> days) {

  /** The manifest's file name inside the output folder. */
  public static final String FILE_NAME = "manifest.json";

  /** The oracle CSV's file name inside the output folder. */
  public static final String EXPECTED_CSV = "expected_daily_summary.csv";

  /** The {@code workload} field's value, which tells this manifest from the volume test's. */
  static final String WORKLOAD = "daily";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public TransactionManifest {
    files = List.copyOf(files);
    days = List.copyOf(days);
  }

  /** All rows generated. */
  public long totalRows() {
    return files.stream().mapToLong(ManifestFile::rows).sum();
  }

  /** All bytes of the data files on disk. */
  public long totalBytes() {
    return files.stream().mapToLong(ManifestFile::bytes).sum();
  }

  /** The oracle of one day; empty for a day without rows. */
  public Optional<DailyExpectation> day(LocalDate date) {
    return days.stream().filter(d -> d.date().equals(date)).findFirst();
  }

  /**
   * Reads {@value #FILE_NAME} from a generation's output folder.
   *
   * @throws SourceException naming the file when it is missing, unreadable, or another workload's
   *     manifest (its {@code workload} field is checked first)
   */
  public static TransactionManifest read(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new SourceException(
          "no manifest at " + file + ": not a (finished) transaction generation folder");
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new SourceException("cannot read manifest " + file + ": " + e.getMessage(), e);
    }
    JsonNode workload = root.get("workload");
    if (workload == null || !WORKLOAD.equals(workload.asText())) {
      throw new SourceException(
          file
              + (workload == null
                  ? " has no workload field: not a transactions manifest"
                  : " is a " + workload.asText() + " manifest, not transactions"));
    }
    try {
      JsonNode s = required(root, "spec");
      TransactionSpec spec =
          new TransactionSpec(
              required(s, "rows").asLong(),
              required(s, "files").asInt(),
              required(s, "seed").asLong(),
              LocalDate.parse(required(s, "start_date").asText()),
              required(s, "days").asInt(),
              required(s, "customers").asLong());
      List<ManifestFile> files = new ArrayList<>();
      for (JsonNode f : required(root, "files")) {
        files.add(
            new ManifestFile(
                required(f, "path").asText(),
                required(f, "rows").asLong(),
                required(f, "bytes").asLong(),
                required(f, "content_hash").asText()));
      }
      List<DailyExpectation> days = new ArrayList<>();
      for (JsonNode d : required(root, "days")) {
        days.add(
            new DailyExpectation(
                LocalDate.parse(required(d, "date").asText()),
                required(d, "transactions").asLong(),
                required(d, "order_qty").asLong(),
                required(d, "order_cents").asLong()));
      }
      return new TransactionManifest(spec, files, days);
    } catch (RuntimeException e) {
      throw new SourceException("cannot read manifest " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@value #EXPECTED_CSV}, then {@value #FILE_NAME}, each atomically, into {@code dir}. */
  void write(Path dir) {
    AtomicFiles.write(dir.resolve(EXPECTED_CSV), tmp -> Files.writeString(tmp, expectedCsv()));
    AtomicFiles.write(dir.resolve(FILE_NAME), tmp -> JSON.writeValue(tmp.toFile(), toJson()));
  }

  /** The oracle in the job's CSV format and order (amount descending, then date). */
  String expectedCsv() {
    StringBuilder csv = new StringBuilder(DailySummaryJob.HEADER).append('\n');
    days.stream()
        .sorted(
            Comparator.comparingLong(DailyExpectation::orderCents)
                .reversed()
                .thenComparing(DailyExpectation::date))
        .forEach(
            d ->
                csv.append(d.date())
                    .append(',')
                    .append(d.transactions())
                    .append(',')
                    .append(d.transactions())
                    .append(',')
                    .append(d.orderAmount().toPlainString())
                    .append(',')
                    .append(d.orderQty())
                    .append('\n'));
    return csv.toString();
  }

  private ObjectNode toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("workload", WORKLOAD);
    ObjectNode s = root.putObject("spec");
    s.put("rows", spec.rows());
    s.put("files", spec.files());
    s.put("seed", spec.seed());
    s.put("start_date", spec.startDate().toString());
    s.put("days", spec.days());
    s.put("customers", spec.customers());
    root.put("total_rows", totalRows());
    root.put("total_bytes", totalBytes());
    ArrayNode f = root.putArray("files");
    for (ManifestFile file : files) {
      f.addObject()
          .put("path", file.path())
          .put("rows", file.rows())
          .put("bytes", file.bytes())
          .put("content_hash", file.contentHash());
    }
    ArrayNode d = root.putArray("days");
    for (DailyExpectation day : days) {
      d.addObject()
          .put("date", day.date().toString())
          .put("transactions", day.transactions())
          .put("order_qty", day.orderQty())
          .put("order_cents", day.orderCents());
    }
    return root;
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return value;
  }
}
