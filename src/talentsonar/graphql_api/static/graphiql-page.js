// The GraphiQL page of Talent Sonar (served from this server: the page's CSP allows no
// inline script). GraphiQL talks to /graphql on this origin; put your credentials in the
// Headers tab: {"Authorization": "Bearer <token>"} or {"X-API-Key": "<key>"}.
(function () {
  "use strict";
  var endpoint = new URL("/graphql", window.location.href).toString();
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var initialQuery = [
    "# Talent Sonar GraphQL. Sign in with POST /api/v1/auth/login (or make an API key),",
    "# then put the token in the Headers tab below:",
    '#   {"Authorization": "Bearer <token>"}   or   {"X-API-Key": "<key>"}',
    "#",
    "# Run with Ctrl-Enter; the schema is in the Docs panel.",
    "{",
    "  candidates(first: 5) {",
    "    totalCount",
    "    edges {",
    "      node {",
    "        name",
    "        topMatches(first: 3) { matchScore explanation job { title } }",
    "        skillProfile { verifiedCount skills(first: 5) { edges { node { name status proficiency } } } }",
    "        assessments(first: 3) { edges { node { status score assessment { title } } } }",
    "      }",
    "    }",
    "  }",
    "}",
    "",
  ].join("\n");
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: initialQuery,
      defaultHeaders: '{\n  "Authorization": "Bearer "\n}',
      defaultEditorToolsVisibility: "headers",
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      inputValueDeprecation: true,
    })
  );
})();
