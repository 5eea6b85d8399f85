package org.polnet.engines.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static final List<String[]> PAIRS = List.of(
            new String[] {"Сергей Викторович Лавров", "Sergey Lavrov"},
            new String[] {"محمد بن سلمان", "Mohammed bin Salman"},
            new String[] {"习近平", "Xi Jinping"},
            new String[] {"Olaf Schulze", "Olaf Scholz"},
            new String[] {"Hans J Friedrich", "Hans Joachim Friedrich"});

    @Test
    void oneMatcherSharedByManyThreadsGivesTheSameResultsAsOneThread() throws Exception {
        NameMatcher matcher = new NameMatcher();
        List<NameComparison> expected = PAIRS.stream().map(pair -> matcher.compareNames(pair[0], pair[1])).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<NameComparison>>> futures = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                futures.add(pool.submit(() -> {
                    List<NameComparison> results = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (String[] pair : PAIRS) {
                            results.add(matcher.compareNames(pair[0], pair[1]));
                        }
                    }
                    return results;
                }));
            }
            for (Future<List<NameComparison>> future : futures) {
                List<NameComparison> results = future.get();
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i)).isEqualTo(expected.get(i % PAIRS.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
