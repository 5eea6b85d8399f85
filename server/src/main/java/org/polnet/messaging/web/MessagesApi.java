package org.polnet.messaging.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficers;
import org.polnet.messaging.Attachment;
import org.polnet.messaging.AwaitedAcknowledgement;
import org.polnet.messaging.InboxPage;
import org.polnet.messaging.MessageDesk;
import org.polnet.messaging.MessageView;
import org.polnet.messaging.Receipt;
import org.polnet.messaging.SentMessage;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * Messages for programs, such as a national case-management system: its office's messages, sent with scope
 * {@code messages:send} and read with {@code messages:read}. A message the caller may not read answers 404, as if it
 * did not exist.
 */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "Messages", description = "The secure network: messages between offices, encrypted at rest, signed by the sending office")
class MessagesApi {

	private static final String SEND = "!hasRole('SYSTEM_CLIENT') or hasAuthority('SCOPE_messages:send')";

	private static final String READ = "!hasRole('SYSTEM_CLIENT') or hasAuthority('SCOPE_messages:read')";

	private final MessageDesk desk;

	private final CurrentOfficers officers;

	MessagesApi(MessageDesk desk, CurrentOfficers officers) {
		this.desk = desk;
		this.officers = officers;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(SEND)
	@Operation(summary = "Send a message from the caller's office; answered once it is durably committed",
			description = "With an Idempotency-Key, a retry returns the message the first request created (200); "
					+ "the same key with a different request is refused (409).")
	@ApiResponse(responseCode = "201", description = "Sent")
	@ApiResponse(responseCode = "200", description = "A retry: the message the first request with this Idempotency-Key created")
	@ApiResponse(responseCode = "400", description = "An unknown recipient office, no recipient, active content in the body...")
	@ApiResponse(responseCode = "403", description = "A classification above the caller's clearance")
	@ApiResponse(responseCode = "409", description = "The Idempotency-Key was used for a different message")
	public ResponseEntity<SentMessage> send(
			@Parameter(description = "Makes retries safe: up to 200 printable ASCII characters, unique per office") @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody SendRequest request, HttpServletRequest http) {
		return send(idempotencyKey, request, List.of(), http);
	}

	private ResponseEntity<SentMessage> send(@Nullable String idempotencyKey, SendRequest request,
			List<Attachment> attachments, HttpServletRequest http) {
		SentMessage sent = desk.send(officers.required(), request.message(attachments), idempotencyKey,
				http.getRemoteAddr());
		return ResponseEntity.status(sent.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/messages/" + sent.id()))
			.body(sent);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(SEND)
	@Operation(summary = "Send a message with attachments: part 'message' (the JSON above) and parts 'attachments'",
			description = "Up to 10 files of 25 MB each; their type is read from their content (PDF, PNG, JPEG, GIF, Office "
					+ "documents, plain text) and must agree with their extension. 413 above 25 MB, 415 for any other content.")
	@ApiResponse(responseCode = "201", description = "Sent")
	@ApiResponse(responseCode = "413", description = "An attachment larger than 25 MB")
	@ApiResponse(responseCode = "415", description = "An attachment of no accepted type, or not what its name says")
	public ResponseEntity<SentMessage> sendWithAttachments(
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@Valid @RequestPart("message") SendRequest request,
			@RequestPart(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
			HttpServletRequest http) throws IOException {
		return send(idempotencyKey, request, Uploads.attachments(attachments), http);
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@PreAuthorize(READ)
	@Operation(summary = "One attachment of a message, checked against the signed hash; audited")
	public ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId,
			HttpServletRequest http) {
		return Uploads.download(desk.attachment(officers.required(), id, attachmentId, http.getRemoteAddr()));
	}

	@GetMapping
	@PreAuthorize(READ)
	@Operation(summary = "The caller's office's received (or sent) messages within the caller's clearance, newest first; audited")
	public InboxPage messages(@ParameterObject @ModelAttribute MessageFilter filter,
			@Parameter(description = "messages per page, 1 to 100") @RequestParam(defaultValue = "50") int size,
			HttpServletRequest http) {
		return desk.inbox(officers.required(), filter.query(), filter.pageNumber(), size, http.getRemoteAddr());
	}

	@GetMapping("/unread")
	@PreAuthorize(READ)
	@Operation(summary = "How many received messages the caller has not opened")
	public Map<String, Long> unread() {
		return Map.of("unread", desk.unread(officers.required()));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READ)
	@Operation(summary = "One message, with its signature check and receipts; records the caller's read receipt; audited")
	public MessageView message(@PathVariable UUID id, HttpServletRequest http) {
		return desk.read(officers.required(), id, http.getRemoteAddr());
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize(SEND)
	@Operation(summary = "Acknowledge a received message for the caller's office (once; again changes nothing)")
	public Receipt acknowledge(@PathVariable UUID id, HttpServletRequest http) {
		return desk.acknowledge(officers.required(), id, http.getRemoteAddr());
	}

	@GetMapping("/awaited-acknowledgements")
	@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
	@Operation(summary = "General Secretariat duty officers: urgent and flash messages awaiting acknowledgement, escalated first (metadata only)")
	public List<AwaitedAcknowledgement> awaited(HttpServletRequest http) {
		return desk.awaitedAcknowledgements(officers.required(), http.getRemoteAddr());
	}
}
