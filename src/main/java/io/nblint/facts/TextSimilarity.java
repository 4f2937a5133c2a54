package io.nblint.facts;

import java.util.List;

/**
 * How much of this year's text repeats the previous year's report: a measurement made in Java
 * (sentences normalised, digits masked so a copy with only the year changed still counts as the
 * same), inserted when a {@link PriorReport} exists. Whether it is too much is decided by TXT-01
 * in DRL, against {@link #getThreshold()} from rules/scoring.yaml (crossYear.duplicateShare).
 */
public class TextSimilarity implements Locatable {
    private final int sentences;
    private final int shared;
    private final double threshold;
    private final String priorSource;
    private final int priorYear;
    private final List<String> examples;

    public TextSimilarity(int sentences, int shared, double threshold, String priorSource, int priorYear, List<String> examples) {
        this.sentences = sentences;
        this.shared = shared;
        this.threshold = threshold;
        this.priorSource = priorSource;
        this.priorYear = priorYear;
        this.examples = List.copyOf(examples);
    }

    /** Sentences of this year's report that took part in the comparison. */
    public int getSentences() { return sentences; }

    /** Of those, how many also stand in the prior report. */
    public int getShared() { return shared; }

    /** shared / sentences, 0 when there are no sentences. */
    public double getShare() { return sentences == 0 ? 0 : (double) shared / sentences; }

    /** Share as a whole percentage, for messages. */
    public long getPercent() { return Math.round(getShare() * 100); }

    /** The configured share from which the text counts as duplicated. */
    public double getThreshold() { return threshold; }

    public long getThresholdPercent() { return Math.round(threshold * 100); }

    public String getPriorSource() { return priorSource; }

    public int getPriorYear() { return priorYear; }

    /** A few of the repeated sentences, as written this year. */
    public List<String> getExamples() { return examples; }

    @Override
    public Location getLocation() { return Location.document("全文"); }

    @Override
    public String getEvidence() { return String.join("\n", examples); }
}
