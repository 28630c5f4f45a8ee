package nl.wegwijs.portal.importing;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.BiFunction;

/** The upload component's own texts (English by default) from the editor bundle. */
final class UploadTexts {

    private UploadTexts() {}

    static UploadI18N dutch(BiFunction<String, Object[], String> t, long megabytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("editor.import.upload.add", new Object[0])));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("editor.import.upload.drop", new Object[0])));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(t.apply("editor.import.tooLarge", new Object[] {megabytes}))
                .setIncorrectFileType(t.apply("editor.import.wrongType", new Object[0]))
                .setTooManyFiles(t.apply("editor.import.upload.tooMany", new Object[0])));
        return i18n;
    }
}
