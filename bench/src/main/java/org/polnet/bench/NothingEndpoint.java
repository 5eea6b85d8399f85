package org.polnet.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * An API endpoint that does nothing, behind the same filters and token check as every API call: the ceiling of
 * requests per second this server can answer on a machine, which the benchmarks quote FIND's throughput against
 * (docs/benchmarks.md). Found by the application's component scan when the benchmarks are on the class path, and only
 * on a server started with {@code polnet.benchmark.reference-endpoints=true} (bench/find-http does both).
 */
@RestController
@Hidden
@ConditionalOnBooleanProperty("polnet.benchmark.reference-endpoints")
class NothingEndpoint {

	@PostMapping("/api/v1/benchmark/nothing")
	ResponseEntity<Void> nothing() {
		return ResponseEntity.noContent().build();
	}
}
