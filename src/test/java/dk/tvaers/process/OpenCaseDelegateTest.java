package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordService.CheckedIntake;
import dk.tvaers.family.FamilyCase;
import dk.tvaers.family.FamilyCaseService;
import dk.tvaers.family.NewCase;
import dk.tvaers.family.NewReferral;
import dk.tvaers.family.ReferralSource;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class OpenCaseDelegateTest {

    private final FamilyCaseService cases = mock(FamilyCaseService.class);
    private final CaseRecordService record = mock(CaseRecordService.class);
    private final IdentityService identity = mock(IdentityService.class);
    private final OpenCaseDelegate delegate = new OpenCaseDelegate(cases, record, identity);

    @Test
    void opensACaseFromTheStartFormAndMakesItsNumberTheBusinessKey() {
        FamilyCase opened = mock(FamilyCase.class);
        when(opened.getCaseNumber()).thenReturn("TV-2026-00042");
        when(cases.open(any())).thenReturn(opened);
        DelegateExecution execution = execution(null);
        when(execution.getVariable(Variables.DISTRICT)).thenReturn("Valby");
        when(execution.getVariable(Variables.REFERRAL_SOURCE)).thenReturn("POLICE");
        when(execution.getVariable(Variables.SSP_CATEGORY)).thenReturn("3");
        when(execution.getVariable(Variables.AWARENESS_DATE)).thenReturn("2026-10-05");
        when(execution.getVariable(Variables.CONCERN)).thenReturn("  Den ældste er sigtet for røveri.  ");
        when(identity.getCurrentAuthentication()).thenReturn(new Authentication("mette", List.of("coordinator")));

        delegate.execute(execution);

        ArgumentCaptor<NewCase> referral = ArgumentCaptor.forClass(NewCase.class);
        verify(cases).check(referral.capture());
        verify(cases).open(any());
        assertThat(referral.getValue())
                .isEqualTo(new NewCase("Valby", ReferralSource.POLICE, 3, LocalDate.of(2026, 10, 5)));
        verify(execution).setProcessBusinessKey("TV-2026-00042");
        verify(execution).setVariable(Variables.CASE_NUMBER, "TV-2026-00042");
        // the concern goes into the case's referral, registered by the starting user, and leaves the process
        ArgumentCaptor<CheckedIntake> intake = ArgumentCaptor.forClass(CheckedIntake.class);
        verify(record).register(any(), intake.capture(), org.mockito.ArgumentMatchers.eq("mette"));
        assertThat(intake.getValue().referral())
                .isEqualTo(new NewReferral(
                        ReferralSource.POLICE, "Den ældste er sigtet for røveri.", 3, LocalDate.of(2026, 10, 5)));
        assertThat(intake.getValue().family()).isEmpty();
        verify(execution).removeVariable(Variables.CONCERN);
    }

    @Test
    void aReferralWithoutAConcernOrWithTooLongAConcernOpensNoCase() {
        DelegateExecution missing = referral();
        when(missing.getVariable(Variables.CONCERN)).thenReturn("   ");
        assertThatThrownBy(() -> delegate.execute(missing))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Bekymringen mangler (concern)");

        DelegateExecution tooLong = referral();
        when(tooLong.getVariable(Variables.CONCERN)).thenReturn("x".repeat(4001));
        assertThatThrownBy(() -> delegate.execute(tooLong))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Bekymringen må højst være 4000 tegn (concern)");

        verify(cases, never()).open(any());
        verify(record, never()).register(any(), any(), any());
    }

    @Test
    void aReferralWithoutALoggedInUserOrSspCategoryOpensNoCase() {
        DelegateExecution anonymous = referral();
        when(anonymous.getVariable(Variables.CONCERN)).thenReturn("Bekymring");
        assertThatThrownBy(() -> delegate.execute(anonymous)).hasMessageContaining("(user)");

        when(identity.getCurrentAuthentication()).thenReturn(new Authentication("mette", List.of("coordinator")));
        DelegateExecution noCategory = referral();
        when(noCategory.getVariable(Variables.CONCERN)).thenReturn("Bekymring");
        when(noCategory.getVariable(Variables.SSP_CATEGORY)).thenReturn(null);
        assertThatThrownBy(() -> delegate.execute(noCategory)).hasMessage("SSP-kategori mangler (sspCategory)");

        verify(cases, never()).open(any());
        verify(record, never()).register(any(), any(), any());
    }

    private static DelegateExecution referral() {
        DelegateExecution execution = execution(null);
        when(execution.getVariable(Variables.DISTRICT)).thenReturn("Valby");
        when(execution.getVariable(Variables.REFERRAL_SOURCE)).thenReturn("POLICE");
        when(execution.getVariable(Variables.SSP_CATEGORY)).thenReturn("3");
        when(execution.getVariable(Variables.AWARENESS_DATE)).thenReturn("2026-10-05");
        return execution;
    }

    @Test
    void aCaseOpenedByTheApiIsNotOpenedTwice() {
        FamilyCase existing = mock(FamilyCase.class);
        when(existing.getCaseNumber()).thenReturn("TV-2026-00007");
        when(cases.get("TV-2026-00007")).thenReturn(existing);

        delegate.execute(execution("TV-2026-00007"));

        verify(cases, never()).open(any());
    }

    @Test
    void badInputIsABadRequestNamingTheField() {
        when(cases.check(any())).thenThrow(new InvalidInputException("district", "Ukendt bydel"));
        DelegateExecution execution = execution(null);
        when(execution.getVariable(Variables.REFERRAL_SOURCE)).thenReturn("SSP");

        assertThatThrownBy(() -> delegate.execute(execution))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Ukendt bydel (district)");
    }

    @Test
    void anUnknownReferralSourceOrADateInAnotherFormatIsRefused() {
        DelegateExecution unknownSource = execution(null);
        when(unknownSource.getVariable(Variables.REFERRAL_SOURCE)).thenReturn("NEIGHBOUR");
        assertThatThrownBy(() -> delegate.execute(unknownSource)).hasMessageContaining("referralSource");

        DelegateExecution badDate = execution(null);
        when(badDate.getVariable(Variables.REFERRAL_SOURCE)).thenReturn("SSP");
        when(badDate.getVariable(Variables.AWARENESS_DATE)).thenReturn("5. oktober");
        assertThatThrownBy(() -> delegate.execute(badDate)).hasMessageContaining("awarenessDate");
    }

    private static DelegateExecution execution(String businessKey) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn(businessKey);
        return execution;
    }
}
