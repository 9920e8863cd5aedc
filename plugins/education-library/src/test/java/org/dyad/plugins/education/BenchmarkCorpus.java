package org.dyad.plugins.education;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic library of made-up articles whose word statistics resemble a real one: the starter library's own
 * words, most frequent first, followed by a long tail of invented words, drawn with Zipf's law (s = 1.07, as in English
 * text); each article also has a topic of a few mid-frequency words that recur in its title, tags and text. Bodies are
 * log-normal in length (median 700 words, 150 to 3,000), in sentences and paragraphs.
 */
final class BenchmarkCorpus {

    private static final int INVENTED_WORDS = 30_000;
    private static final double ZIPF_EXPONENT = 1.07;
    private static final String[] SYLLABLES = ("ba be bi bo da de di do fa fe fi ka ke ko la le li lo lu ma me mi mo "
            + "na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi wa we zu").split(" ");

    private final Random random;
    private final List<String> vocabulary;
    private final List<String> topicWords;
    private final double[] cumulative;

    BenchmarkCorpus(long seed) {
        this.random = new Random(seed);
        List<String> domain = starterWordsByFrequency();
        this.topicWords = domain.subList(Math.min(40, domain.size()), Math.min(600, domain.size()));
        this.vocabulary = new ArrayList<>(domain);
        vocabulary.addAll(inventedWords(domain));
        this.cumulative = zipf(vocabulary.size());
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    ArticleDraft next() {
        List<String> topic = topic();
        String title = capitalise(String.join(" ", mix(topic, 3 + random.nextInt(5), 2)));
        String summary = capitalise(String.join(" ", mix(topic, 15 + random.nextInt(21), 8))) + ".";
        Category category = Category.values()[random.nextInt(Category.values().length)];
        return new ArticleDraft(title, summary, body(topic), category, topic.subList(0, 1 + random.nextInt(4)), "en",
                null);
    }

    private List<String> topic() {
        Set<String> topic = new LinkedHashSet<>();
        while (topic.size() < 6) {
            topic.add(topicWords.get(random.nextInt(topicWords.size())));
        }
        return List.copyOf(topic);
    }

    private String body(List<String> topic) {
        int words = (int) Math.clamp(Math.round(Math.exp(Math.log(700) + 0.6 * random.nextGaussian())), 150, 3_000);
        StringBuilder body = new StringBuilder();
        int written = 0;
        while (written < words) {
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences && written < words; s++) {
                int length = Math.min(8 + random.nextInt(13), words - written);
                body.append(capitalise(String.join(" ", mix(topic, length, 15)))).append(". ");
                written += length;
            }
            body.setLength(body.length() - 1);
            body.append("\n\n");
        }
        return body.toString().strip();
    }

    /** {@code count} words from the vocabulary, about one in {@code topicEvery} of them from the topic instead. */
    private List<String> mix(List<String> topic, int count, int topicEvery) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(random.nextInt(topicEvery) == 0 ? topic.get(random.nextInt(topic.size())) : word());
        }
        return words;
    }

    private String word() {
        int rank = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary.get(Math.min(rank < 0 ? -rank - 1 : rank, vocabulary.size() - 1));
    }

    private List<String> inventedWords(List<String> taken) {
        Set<String> invented = new LinkedHashSet<>();
        Set<String> existing = Set.copyOf(taken);
        while (invented.size() < INVENTED_WORDS) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            if (random.nextBoolean()) {
                word.append("nst".charAt(random.nextInt(3)));
            }
            if (!existing.contains(word.toString())) {
                invented.add(word.toString());
            }
        }
        List<String> shuffled = new ArrayList<>(invented);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    private static List<String> starterWordsByFrequency() {
        Map<String, Integer> counts = new HashMap<>();
        StarterLibrary.load().forEach(article -> Arrays.stream((article.draft().title() + " "
                        + article.draft().bodyMarkdown()).toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(word -> word.length() >= 3)
                .forEach(word -> counts.merge(word, 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double total = 0;
        for (int rank = 0; rank < size; rank++) {
            total += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= total;
        }
        return cumulative;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
