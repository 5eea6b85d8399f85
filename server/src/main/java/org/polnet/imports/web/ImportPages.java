package org.polnet.imports.web;

import java.io.IOException;

import org.polnet.identity.CurrentOfficers;
import org.polnet.imports.Imports;
import org.polnet.refusals.RefusedException;
import org.polnet.web.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The imports page: choose a database and a file, follow the job's progress, download its rejected rows. */
@Controller
@RequestMapping("/imports")
@PreAuthorize("!hasRole('SYSTEM_CLIENT') and (" + ImportsApi.UPLOADERS + " or hasRole('GS_OFFICER'))")
class ImportPages {

	private final Imports imports;

	private final CurrentOfficers officers;

	ImportPages(Imports imports, CurrentOfficers officers) {
		this.imports = imports;
		this.officers = officers;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("targets", imports.targetNames());
		model.addAttribute("imports", imports);
		model.addAttribute("maxMegabytes", imports.maxUploadBytes() / (1024 * 1024));
		model.addAttribute("jobs", imports.latest(officers.required(), 50));
		return "imports/list";
	}

	@PostMapping
	@PreAuthorize(ImportsApi.UPLOADERS)
	String upload(@RequestParam String target, @RequestParam("file") MultipartFile file, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		if (file.isEmpty()) {
			return refused(model, response, HttpStatus.BAD_REQUEST, null);
		}
		try {
			String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
			Imports.Upload upload = imports.upload(target, name, file.getContentType(), file.getSize(),
					file.getInputStream(), officers.required(), request.getRemoteAddr());
			return "redirect:/imports/" + upload.job().id() + (upload.sameFileAgain() ? "?again" : "");
		}
		catch (RefusedException e) {
			return refused(model, response, Refusals.status(e), e.getMessage());
		}
		catch (Imports.Busy e) {
			return refused(model, response, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
		}
	}

	/** The page again with the reason, answered with the upload's 4xx status. */
	private String refused(Model model, HttpServletResponse response, HttpStatusCode status, @Nullable String detail) {
		response.setStatus(status.value());
		model.addAttribute("error", "imports.refused." + status.value());
		model.addAttribute("errorDetail", detail);
		list(model);
		return "imports/list";
	}

	@GetMapping("/{id}")
	String job(@PathVariable long id, Model model) {
		model.addAttribute("job", imports.job(id, officers.required())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "imports/job";
	}

	/** The counts, polled every second by the job page while the job runs. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		job(id, model);
		return "imports/job :: progress";
	}

	@GetMapping("/{id}/rejections.csv")
	void rejections(@PathVariable long id, HttpServletResponse response) throws IOException {
		ImportsApi.Rejections.write(imports, id, officers.required(), response);
	}
}
