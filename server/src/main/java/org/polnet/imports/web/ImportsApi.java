package org.polnet.imports.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.polnet.identity.CurrentOfficers;
import org.polnet.imports.ImportJob;
import org.polnet.imports.ImportTarget.ImportColumn;
import org.polnet.imports.Imports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bulk uploads for national feeds (scope {@code imports:write}) and officers. An accepted file answers 202 with
 * its job (follow it at the Location); the same file again answers 200 with the earlier job and changes nothing.
 * Larger than {@code polnet.imports.max-upload} (32 MB by default): 413, nothing written.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize(ImportsApi.UPLOADERS)
@Tag(name = "Imports", description = "Bulk loading of CSV or JSON Lines files into a database (SLTD, SMV...)")
class ImportsApi {

	static final String UPLOADERS = "hasAnyRole('NCB_OFFICER','NCB_SUPERVISOR','NCB_ADMIN','GS_ADMIN')"
			+ " or hasAuthority('SCOPE_imports:write')";

	/** A target and the fields its rows take. */
	record TargetDescription(String name, List<ImportColumn> columns) {
	}

	private final Imports imports;

	private final CurrentOfficers officers;

	ImportsApi(Imports imports, CurrentOfficers officers) {
		this.imports = imports;
		this.officers = officers;
	}

	@GetMapping("/targets")
	@Operation(summary = "The databases that accept bulk files, with their fields (CSV header names, JSON keys)")
	public List<TargetDescription> targets() {
		return imports.targetNames().stream().map(name -> new TargetDescription(name, imports.columns(name))).toList();
	}

	@PostMapping(path = "/{target}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV (header row, UTF-8, RFC 4180) or JSON Lines file as the multipart part 'file'")
	public ResponseEntity<ImportJob> uploadPart(@PathVariable String target, @RequestPart("file") MultipartFile file,
			HttpServletRequest request) throws IOException {
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		return answer(imports.upload(target, name, file.getContentType(), file.getSize(), file.getInputStream(),
				officers.required(), request.getRemoteAddr()));
	}

	@PostMapping(path = "/{target}", consumes = { "text/csv", "application/x-ndjson", "application/jsonl",
			"application/json-lines", "application/octet-stream", "text/plain" })
	@Operation(summary = "Upload a CSV or JSON Lines file as the raw request body, streamed")
	public ResponseEntity<ImportJob> uploadBody(@PathVariable String target,
			@Parameter(description = "the file's name, for the job list") @RequestParam(defaultValue = "upload") String fileName,
			HttpServletRequest request) throws IOException {
		return answer(imports.upload(target, fileName, request.getContentType(), request.getContentLengthLong(),
				request.getInputStream(), officers.required(), request.getRemoteAddr()));
	}

	@GetMapping("/jobs/{id}")
	@PreAuthorize(UPLOADERS + " or hasRole('GS_OFFICER')")
	@Operation(summary = "A job's status and counts (rows read, valid, rejected, new, changed, unchanged)")
	public ImportJob job(@PathVariable long id) {
		return imports.job(id, officers.required()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping(path = "/jobs/{id}/rejections", produces = "text/csv")
	@PreAuthorize(UPLOADERS + " or hasRole('GS_OFFICER')")
	@Operation(summary = "The job's rejected rows as CSV: line number, field, reason, the row's text")
	public void rejections(@PathVariable long id, HttpServletResponse response) throws IOException {
		Rejections.write(imports, id, officers.required(), response);
	}

	/** A feed's client retries later: answered like any other problem, with the status that says so. */
	@ExceptionHandler(Imports.Busy.class)
	ResponseEntity<ProblemDetail> busy(Imports.Busy busy) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage()));
	}

	private static ResponseEntity<ImportJob> answer(Imports.Upload upload) {
		URI location = URI.create("/api/v1/imports/jobs/" + upload.job().id());
		return ResponseEntity.status(upload.sameFileAgain() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.header(HttpHeaders.LOCATION, location.toString())
			.body(upload.job());
	}

	/** The rejection report as a CSV download, shared with the page. */
	static final class Rejections {

		private Rejections() {
		}

		static void write(Imports imports, long id, org.polnet.identity.CurrentOfficer officer,
				HttpServletResponse response) throws IOException {
			if (imports.job(id, officer).isEmpty()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-rejections.csv\"");
			imports.writeRejections(id, officer,
					new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		}
	}
}
