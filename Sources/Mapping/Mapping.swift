// The Mapping module: API Gateway's response pipeline; see docs/CODEBASE.md.
import GatewayModel
import Velocity
