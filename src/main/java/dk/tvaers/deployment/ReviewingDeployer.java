package dk.tvaers.deployment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's first deployer: before any model is parsed, a new deployment from a user who is not an administrator
 * is reviewed ({@link DeploymentReview}) and refused with {@link DeploymentRefusedException} when anything is not on
 * the allow-list. Deployments without an authenticated user (the application's own at startup) and from
 * administrators are trusted. Every new deployment is logged ({@link DeploymentLog}).
 */
final class ReviewingDeployer implements Deployer {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewingDeployer.class);

    static final String SYSTEM = "Udrullet af systemet (uden bruger): ikke gennemgået";
    static final String ADMINISTRATOR = "Udrullet af en administrator: ikke gennemgået";
    static final String REVIEWED = "Gennemgået: alle udtryk, elementer og filer er tilladt";
    static final String ROLLED_BACK =
            "Godkendt af gennemgangen, men motoren afviste udrulningen bagefter (f.eks. en model, den ikke kan læse)";

    private final Supplier<DeploymentReview> review;
    private final DeploymentLog log;

    ReviewingDeployer(Supplier<DeploymentReview> review, DeploymentLog log) {
        this.review = review;
        this.log = log;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            // the engine re-reads a deployment it already has (its cache): reviewed and logged when it was made
            return;
        }
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context.getAuthentication();
        String userId = authentication == null ? null : authentication.getUserId();
        Map<String, byte[]> resources = resources(deployment);
        List<DeploymentLog.Resource> checksums = resources.entrySet().stream()
                .map(r -> new DeploymentLog.Resource(r.getKey(), sha256(r.getValue())))
                .toList();
        String reason;
        if (userId == null) {
            reason = SYSTEM;
        } else if (context.getAuthorizationManager().isCamundaAdmin(authentication)) {
            reason = ADMINISTRATOR;
        } else {
            List<Finding> findings = review.get().review(resources, ClockUtil.getCurrentTime());
            if (!findings.isEmpty()) {
                DeploymentRefusedException refusal = new DeploymentRefusedException(deployment.getName(), findings);
                LOG.warn(
                        "Refused deployment '{}' by {}: {} finding(s), first: {}",
                        deployment.getName(),
                        userId,
                        findings.size(),
                        findings.get(0).getMessage());
                log.recordSeparately(log.entry(
                        userId,
                        deployment.getId(),
                        deployment.getName(),
                        DeploymentLog.Outcome.REFUSED,
                        refusal.getMessage(),
                        checksums));
                throw refusal;
            }
            reason = REVIEWED;
        }
        log.record(log.entry(
                userId, deployment.getId(), deployment.getName(), DeploymentLog.Outcome.ACCEPTED, reason, checksums));
        DeploymentLog.Entry failed = log.entry(
                userId, deployment.getId(), deployment.getName(), DeploymentLog.Outcome.FAILED, ROLLED_BACK, checksums);
        context.getTransactionContext()
                .addTransactionListener(TransactionState.ROLLED_BACK, c -> log.recordSeparately(failed));
    }

    /** The deployment's resources by name, in name order. */
    private static Map<String, byte[]> resources(DeploymentEntity deployment) {
        Map<String, ResourceEntity> entities = deployment.getResources();
        Map<String, byte[]> resources = new LinkedHashMap<>();
        if (entities != null) {
            new TreeMap<>(entities)
                    .forEach((name, resource) ->
                            resources.put(name, resource.getBytes() == null ? new byte[0] : resource.getBytes()));
        }
        return resources;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
