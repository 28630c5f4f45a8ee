package nl.wegwijs.backend.interop;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** The public HSDS 3.0 API (read only): services and organizations, paginated as the HSDS API spec says. */
@RestController
@RequestMapping("/api/hsds")
class HsdsController {

    private final HsdsExport export;
    private final InteropSettings settings;

    HsdsController(HsdsExport export, InteropSettings settings) {
        this.export = export;
        this.settings = settings;
    }

    @GetMapping("/services")
    ObjectNode services(@RequestParam(defaultValue = "1") int page, @RequestParam(name = "per_page", required = false) Integer perPage) {
        return export.services(page, perPage == null ? settings.hsdsPageSize() : perPage);
    }

    @GetMapping("/services/{id}")
    ObjectNode service(@PathVariable String id) {
        return export.service(id).orElseThrow(() -> notFound("service", id));
    }

    @GetMapping("/organizations")
    ObjectNode organizations(@RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return export.organizations(page, perPage == null ? settings.hsdsPageSize() : perPage);
    }

    @GetMapping("/organizations/{id}")
    ObjectNode organization(@PathVariable String id) {
        return export.organization(id).orElseThrow(() -> notFound("organization", id));
    }

    private static ErrorResponseException notFound(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No published " + what + " has the id " + id);
        problem.setTitle("Not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
