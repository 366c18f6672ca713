package dev.frameports.workloads.postgres;

/**
 * One row of the 9-column Pima-shaped table. The two decimal columns are held exactly, as scaled
 * integers.
 *
 * @param bmiTenths BMI times 10 ({@code 336} is {@code 33.6})
 * @param pedigreeThousandths DiabetesPedigreeFunction times 1000 ({@code 627} is {@code 0.627})
 */
public record DiabetesRow(
    int pregnancies,
    int glucose,
    int bloodPressure,
    int skinThickness,
    int insulin,
    int bmiTenths,
    int pedigreeThousandths,
    int age,
    int outcome) {

  /**
   * The CSV line without its line end, decimals as pandas writes them: {@code 33.6}, {@code 0.627},
   * {@code 0.6}.
   */
  public String csvLine() {
    return pregnancies
        + ","
        + glucose
        + ","
        + bloodPressure
        + ","
        + skinThickness
        + ","
        + insulin
        + ","
        + bmiTenths / 10
        + "."
        + bmiTenths % 10
        + ","
        + thousandths(pedigreeThousandths)
        + ","
        + age
        + ","
        + outcome;
  }

  /** The values in column order, decimals scaled: what the oracle sums. */
  long[] scaledValues() {
    return new long[] {
      pregnancies,
      glucose,
      bloodPressure,
      skinThickness,
      insulin,
      bmiTenths,
      pedigreeThousandths,
      age,
      outcome
    };
  }

  /** Python's shortest repr of a 3-decimal value: trailing zeros dropped, one decimal kept. */
  private static String thousandths(int value) {
    String fraction = String.format(java.util.Locale.ROOT, "%03d", value % 1000);
    int end = fraction.length();
    while (end > 1 && fraction.charAt(end - 1) == '0') {
      end--;
    }
    return value / 1000 + "." + fraction.substring(0, end);
  }
}
