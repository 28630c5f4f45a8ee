package nl.wegwijs.backend.api;

import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/entries/{id}: one published entry. */
@RestController
@RequestMapping("/api/v1/entries")
class EntryController {

    private final CatalogueService catalogue;

    EntryController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/{id}")
    EntryDetails entry(@PathVariable String id) {
        return catalogue.published(id);
    }
}
