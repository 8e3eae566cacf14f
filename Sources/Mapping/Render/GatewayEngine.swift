import Velocity

/// How API Gateway configures Velocity 1.7, in the one place every render shares (`gwx render`,
/// `gwx simulate`, the response pipeline and the editor's preview all parse through
/// `CompiledTemplate`, which uses it). See docs/vtl-on-api-gateway.md.
public enum GatewayEngine {
    /// API Gateway's engine: a null or undefined reference evaluates to `""` (an
    /// InvalidReferenceEventHandler answering `""`, so `#if($missing)` is true); `#macro` defines
    /// nothing and its calls print as written (`velocimacro.permissions.allow.inline = false`);
    /// `#evaluate` is no directive; `#include` and `#parse` have nothing to load (a located error).
    public static let configuration = EngineConfiguration(
        allowsInlineMacros: false,
        directives: EngineConfiguration.velocityDirectives.subtracting(["evaluate"]),
        invalidReferenceHandler: ConstantInvalidReferenceHandler(text: ""))
}
