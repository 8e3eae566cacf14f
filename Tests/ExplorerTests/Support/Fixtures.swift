import GatewayModel

/// APIs built in code for the screen tests.
enum Fixtures {
    /// The Terraform documentation's example: MyDemoAPI, /mydemoresource, GET, MOCK, 200.
    static let demoTemplate = """
    #set($inputRoot = $input.path('$'))
    <?xml version="1.0" encoding="UTF-8" ?>
    <message>
        $inputRoot.body
    </message>
    """

    static let demo = APIDefinition(
        api: RestAPI(id: "a1b2c3d4e5", name: "MyDemoAPI", description: "This is my API for demonstration purposes",
                     endpointTypes: ["REGIONAL"], createdDate: "2024-03-01T10:00:00Z"),
        resources: [
            Resource(id: "r00t000001", path: "/"),
            Resource(id: "abc123", parentId: "r00t000001", path: "/mydemoresource", methods: [
                Method(httpMethod: "GET", authorizationType: "NONE",
                       methodResponses: [MethodResponse(statusCode: "200")],
                       integration: Integration(type: .mock, requestTemplates: ["application/json": "{\"statusCode\": 200}"],
                                                passthroughBehavior: "WHEN_NO_MATCH",
                                                integrationResponses: [IntegrationResponse(statusCode: "200", responseTemplates: ["application/xml": demoTemplate])])),
            ]),
        ])

    static let petsTemplate = """
    #set($pet = $input.path('$'))
    {
      "id": $pet.id,
      "名前": "$util.escapeJavaScript($pet.name)",
      "種類": "$pet.type",
      #if($pet.price > 100)"高い": true,#end
      "価格": $pet.price
    }
    """

    static let petsXMLTemplate = """
    <pet id="$input.path('$.id')">
      <name>$input.path('$.name')</name>
    </pet>
    """

    static let lambdaURI = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:pets/invocations"

    /// A pets API with several resources, methods and integration responses, and CJK text.
    static let pets = APIDefinition(
        api: RestAPI(id: "p3t5api001", name: "PetStore", description: "ペットストア API — 宠物商店",
                     endpointTypes: ["EDGE"], createdDate: "2023-11-20T08:30:00Z", version: "1.2"),
        resources: [
            Resource(id: "root", path: "/"),
            Resource(id: "pets", parentId: "root", path: "/pets", methods: [
                Method(httpMethod: "GET", authorizationType: "NONE",
                       methodResponses: [
                           MethodResponse(statusCode: "200", responseParameters: ["method.response.header.X-Request-Id": true, "method.response.header.Content-Type": false]),
                           MethodResponse(statusCode: "404"),
                           MethodResponse(statusCode: "500"),
                       ],
                       integration: Integration(type: .aws, uri: lambdaURI, httpMethod: "POST", integrationResponses: [
                           IntegrationResponse(statusCode: "200",
                                               responseParameters: ["method.response.header.X-Request-Id": "integration.response.header.x-amzn-RequestId"],
                                               responseTemplates: ["application/json": petsTemplate, "application/xml": petsXMLTemplate]),
                           IntegrationResponse(statusCode: "404", selectionPattern: ".*見つかりません.*",
                                               responseTemplates: ["application/json": "{\"message\": \"ペットが見つかりません\"}"]),
                           IntegrationResponse(statusCode: "500", selectionPattern: ".*(Error|Exception).*", contentHandling: .convertToText),
                       ])),
                Method(httpMethod: "POST", authorizationType: "AWS_IAM", apiKeyRequired: true,
                       methodResponses: [MethodResponse(statusCode: "201")],
                       integration: Integration(type: .http, uri: "https://pets.example.com/pets", httpMethod: "POST",
                                                integrationResponses: [IntegrationResponse(statusCode: "201", selectionPattern: "2\\d{2}")])),
            ]),
            Resource(id: "petid", parentId: "pets", path: "/pets/{petId}", methods: [
                Method(httpMethod: "GET", methodResponses: [MethodResponse(statusCode: "200")],
                       integration: Integration(type: .httpProxy, uri: "https://pets.example.com/pets/{petId}")),
                Method(httpMethod: "DELETE", methodResponses: [MethodResponse(statusCode: "204")],
                       integration: Integration(type: .mock, integrationResponses: [IntegrationResponse(statusCode: "204")])),
            ]),
            // No parentId: the tree finds the parent from the path.
            Resource(id: "owners", path: "/owners", methods: [Method(httpMethod: "GET", integration: Integration(type: .mock))]),
            Resource(id: "ownerpets", path: "/owners/{ownerId}/pets", methods: [Method(httpMethod: "ANY")]),
        ])

    /// An API with `count` resources, for size tests.
    static func large(_ count: Int) -> APIDefinition {
        var resources = [Resource(id: "root", path: "/")]
        for group in 0..<(count / 10) {
            resources.append(Resource(id: "g\(group)", parentId: "root", path: "/group\(group)", methods: [Method(httpMethod: "GET", integration: Integration(type: .mock))]))
            for item in 0..<9 {
                resources.append(Resource(id: "g\(group)i\(item)", parentId: "g\(group)", path: "/group\(group)/item\(item)", methods: [Method(httpMethod: "POST")]))
            }
        }
        return APIDefinition(api: RestAPI(id: "big", name: "Big"), resources: resources)
    }
}
