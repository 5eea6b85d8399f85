package org.polnet.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * An API endpoint that does nothing, behind the same filters and token check as every API call: the ceiling of
 * requests per second this server can answer on a machine, which the benchmarks quote FIND's throughput against
 * (docs/benchmarks.md). Only on a server started for benchmarks ({@code polnet.benchmark.reference-endpoints=true}).
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
