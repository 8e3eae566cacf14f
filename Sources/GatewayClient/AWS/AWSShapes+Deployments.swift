import Foundation
import GatewayModel

extension AWSShapes {
    /// A `Stage` (an item of `GetStages`' `item` list).
    static func stage(_ json: AWSJSON) -> Stage? {
        guard let name = json["stageName"]?.stringValue else { return nil }
        return Stage(stageName: name, deploymentId: json["deploymentId"]?.stringValue, description: json["description"]?.stringValue,
                     lastUpdatedDate: timestamp(json["lastUpdatedDate"]) ?? timestamp(json["createdDate"]))
    }

    /// A `Deployment`.
    static func deployment(_ json: AWSJSON) -> Deployment? {
        guard let id = json["id"]?.stringValue else { return nil }
        return Deployment(id: id, description: json["description"]?.stringValue, createdDate: timestamp(json["createdDate"]))
    }

    /// The body of `CreateDeployment`.
    static func createDeploymentBody(stageName: String, description: String?) -> AWSJSON {
        var members: [(String, AWSJSON)] = [("stageName", .string(stageName))]
        if let description, !description.isEmpty { members.append(("description", .string(description))) }
        return .object(members)
    }

    /// A timestamp as ISO 8601 text: the service sends seconds since 1970, some peers send text.
    static func timestamp(_ json: AWSJSON?) -> String? {
        if let seconds = json?.numberValue {
            return ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
        }
        return json?.stringValue
    }
}
