resource "aws_api_gateway_integration_response" "a1b2c3_r9x8_GET_400" {
  rest_api_id       = "a1b2c3"
  resource_id       = "r9x8"
  http_method       = "GET"
  status_code       = "400"
  selection_pattern = "4\\d{2}|.*\"Invalid\".*"
  content_handling  = "CONVERT_TO_TEXT"

  response_parameters = {
    "method.response.header.X-Request-Id"  = "context.requestId"
    "method.response.header.Cache-Control" = "'no-cache'"
  }

  response_templates = {
    "application/json" = <<EOT
#set($inputRoot = $input.path('$'))
{
  "error": "$inputRoot.errorMessage",
  "literal": "$${notTerraform} and %%{ if x }"
}
EOT
    "text/plain"       = chomp(<<EOT
no newline at the end
  indented line
EOT
    )
    "application/xml"  = "<error>$${x}</error>"
    "text/csv"         = "line one\r\nline two\r\n$input.body\r\n"
    "text/x-tab"       = <<EOT
	indented
$$${literal} %%%{ also }
EOT
  }
}

import {
  to = aws_api_gateway_integration_response.a1b2c3_r9x8_GET_400
  id = "a1b2c3/r9x8/GET/400"
}
