package org.vwb.sweep.internal.parameters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --vary PATH=VALUES} (or a scenario's {@code vary} element): the path and its values in order.
 * Values are a comma list ({@code 100,1000,10000}) in which a numeric knob also takes ranges: {@code A..B*F}
 * (geometric: A, A·F, ... up to B) and {@code A..B+S} (arithmetic). Every value is checked here, before any run.
 *
 * @param path   where the values go
 * @param values the values, as they will be written into the model and shown in reports
 */
public record VariedParameter(ParameterPath path, List<String> values) {

    /** More values than this in one parameter is a typo in a range, not a sweep anyone can wait for. */
    public static final int MAX_VALUES = 1000;

    private static final Pattern RANGE = Pattern.compile("([0-9.eE+-]+)\\.\\.([0-9.eE+-]+)([*+])([0-9.eE+-]+)");

    public VariedParameter {
        values = List.copyOf(values);
    }

    /** Parses {@code PATH=VALUES}. */
    public static VariedParameter parse(String written) throws ParameterException {
        int equals = written.indexOf('=');
        if (equals <= 0 || equals == written.length() - 1) {
            throw new ParameterException(written + ": write PARAMETER=VALUE,VALUE,... (e.g. rate=100,1000,10000)");
        }
        return of(written.substring(0, equals), written.substring(equals + 1));
    }

    /** Parses a path and a value list written apart (as a scenario's {@code vary} element holds them). */
    public static VariedParameter of(String pathText, String valuesText) throws ParameterException {
        ParameterPath path = ParameterPath.parse(pathText);
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String item : valuesText.split(",")) {
            String value = item.strip();
            if (value.isEmpty()) {
                throw new ParameterException(path.written() + ": an empty value in '" + valuesText + "'");
            }
            Matcher range = RANGE.matcher(value);
            if (path.knob().numeric() && range.matches()) {
                values.addAll(range(path, value, range));
            } else {
                values.add(checked(path, value));
            }
            if (values.size() > MAX_VALUES) {
                throw new ParameterException(path.written() + ": more than " + MAX_VALUES + " values");
            }
        }
        return new VariedParameter(path, new ArrayList<>(values));
    }

    private static List<String> range(ParameterPath path, String written, Matcher m) throws ParameterException {
        double from = number(path, m.group(1));
        double to = number(path, m.group(2));
        double step = number(path, m.group(4));
        boolean geometric = m.group(3).equals("*");
        if (to < from || (geometric ? step <= 1 || from <= 0 : step <= 0)) {
            throw new ParameterException(path.written() + ": range '" + written + "' never reaches its end (A..B*F "
                    + "needs 0 < A <= B and F > 1; A..B+S needs A <= B and S > 0)");
        }
        List<String> values = new ArrayList<>();
        // one part in a million of slack, so that 0.1..0.3+0.1 ends on 0.3 despite binary fractions
        for (int i = 0; values.size() <= MAX_VALUES; i++) {
            double value = geometric ? from * Math.pow(step, i) : from + i * step;
            if (value > to * (1 + 1e-6)) {
                break;
            }
            values.add(checked(path, plain(value)));
        }
        return values;
    }

    private static String checked(ParameterPath path, String value) throws ParameterException {
        switch (path.knob()) {
            case RATE -> {
                if (number(path, value) <= 0) {
                    throw new ParameterException(path.written() + ": rate '" + value + "' must be above 0");
                }
            }
            case DEPTH, SIZE, VCPUS -> wholeNumber(path, value);
            case MODE -> Variation.mode(path, value);
            case PLACEMENT -> Variation.placement(path, value);
            default -> {
                // ids of models, vendor profiles and cost models: the run says whether one is installed
            }
        }
        return value;
    }

    private static void wholeNumber(ParameterPath path, String value) throws ParameterException {
        try {
            if (Integer.parseInt(value) >= 1) {
                return;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ParameterException(path.written() + ": '" + value + "' is not a whole number from 1 to "
                + Integer.MAX_VALUE);
    }

    static double number(ParameterPath path, String value) throws ParameterException {
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ParameterException(path.written() + ": '" + value + "' is not a number");
    }

    /** A number as people write it: 1000, not 1000.0 or 1E3. */
    private static String plain(double value) {
        BigDecimal decimal = new BigDecimal(String.format(Locale.ROOT, "%.6g", value)).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
