package org.dyad.plugins.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.dyad.api.AccessDeniedException;
import org.dyad.core.module.InstallResult;
import org.dyad.core.module.ModuleStatus;
import org.dyad.core.module.Permissions;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.PluginJar;
import org.dyad.testkit.TestClinic;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The example plugin's life in a real plugins folder: enable per clinic, disable, enable, stop, start, upload. */
@DyadPluginTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExamplePluginLifecycleIT {

    @Test
    @Order(1)
    void enabled_for_clinic_a_only_clinic_b_users_get_neither_menu_nor_permission(TestKit kit) {
        kit.disable(kit.clinicB());
        TestClinic b = kit.clinicB();
        assertThat(kit.contributions().staffMenu(b.consultant())).isEmpty();
        assertThat(kit.contributions().portalCards(b.parent1().user())).isEmpty();
        assertThat(kit.bean(Permissions.class).has(b.consultant(), ExampleModule.WRITE)).isFalse();
        assertThat(kit.contributions().staffMenu(kit.clinicA().consultant())).extracting(e -> e.path())
                .containsExactly("staff/example-plugin");
        assertThat(kit.contributions().portalCards(kit.clinicA().parent1().user())).hasSize(1);
    }

    @Test
    @Order(2)
    void disabling_refuses_the_service_but_keeps_the_notes_and_enabling_shows_them_again(TestKit kit) {
        TestClinic a = kit.clinicA();
        kit.actAs(a.consultant());
        NoteStore notes = new NoteStore(kit.context());
        notes.add(a.parent1().clientId(), "Latch looks good.");

        kit.disable(a);
        assertThatThrownBy(() -> notes.add(a.parent1().clientId(), "Refused"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You do not have permission to do this (example-plugin.write).");
        assertThat(kit.contributions().staffMenu(a.consultant())).isEmpty();

        kit.enable(a);
        assertThat(notes.list(a.parent1().clientId())).extracting(Note::text).containsExactly("Latch looks good.");
    }

    @Test
    @Order(3)
    void stopping_the_plugin_removes_it_everywhere_and_starting_brings_it_back_with_its_data(TestKit kit) {
        TestClinic a = kit.clinicA();
        kit.host().stopPlugin(kit.platformAdmin(), "example-plugin");
        assertThat(kit.moduleInfo("example-plugin").status()).isEqualTo(ModuleStatus.STOPPED);
        assertThat(kit.contributions().staffMenu(a.consultant())).isEmpty();

        kit.host().startPlugin(kit.platformAdmin(), "example-plugin");
        assertThat(kit.moduleInfo("example-plugin").status()).isEqualTo(ModuleStatus.STARTED);
        kit.actAs(a.consultant());
        assertThat(new NoteStore(kit.context()).list(a.parent1().clientId())).hasSize(1);
    }

    @Test
    @Order(4)
    void an_uploaded_new_version_replaces_the_old_one_and_reports_its_checksum(TestKit kit) throws Exception {
        Path dir = Files.createTempDirectory("upload-");
        Path jar = PluginJar.fromClasses(Path.of("target/classes")).version("0.2.0").writeTo(dir);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));

        InstallResult result;
        try (InputStream in = Files.newInputStream(jar)) {
            result = kit.host().install(kit.platformAdmin(), "example-plugin-0.2.0.jar", in);
        }

        assertThat(result).isEqualTo(new InstallResult("example-plugin", "0.2.0", expected));
        assertThat(kit.moduleInfo("example-plugin").version()).isEqualTo("0.2.0");
        assertThat(kit.moduleInfo("example-plugin").status()).isEqualTo(ModuleStatus.STARTED);
        assertThat(kit.moduleInfo("example-plugin").checksum()).isEqualTo(expected);
    }

    @Test
    @Order(5)
    void an_upload_that_is_not_a_plugin_is_refused_before_loading(TestKit kit) throws Exception {
        Path dir = Files.createTempDirectory("upload-");
        Path corrupt = PluginJar.corrupt(dir, "evil.jar");
        try (InputStream in = Files.newInputStream(corrupt)) {
            assertThatThrownBy(() -> kit.host().install(kit.platformAdmin(), "evil.jar", in))
                    .hasMessage("The file evil.jar is not a valid jar (zip) file.");
        }
        assertThat(kit.host().modules()).extracting(m -> m.id()).containsExactly("example-plugin");
    }

    @Test
    @Order(6)
    void only_a_platform_admin_may_stop_a_plugin(TestKit kit) {
        assertThatThrownBy(() -> kit.host().stopPlugin(kit.clinicA().admin(), "example-plugin"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
