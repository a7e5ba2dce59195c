'use strict';
// JSON body for tools/bench/http.sh: prints its port, then answers every request
// with a page of an API listing (about 3 KB), serialised afresh each time with
// JSON.stringify, until killed.
const http = require('http');

const statuses = ['active', 'pending', 'suspended'];
const page = {
  page: 1,
  perPage: 10,
  total: 1284,
  next: '/api/v1/users?page=2&per_page=10',
  users: Array.from({ length: 10 }, (_, i) => ({
    id: 1000 + i,
    uuid: `5f2c${i}e1a-8d3b-4c6e-9a7f-0b1c2d3e4f${10 + i}`,
    name: `User Number ${i}`,
    email: `user${i}@example.com`,
    status: statuses[i % statuses.length],
    verified: i % 2 === 0,
    score: 12.5 * i + 0.25,
    roles: i % 4 === 0 ? ['admin', 'editor'] : ['reader'],
    address: { street: `${i + 1} Main Street`, city: 'Springfield', zip: `0${4100 + i}`, country: 'US' },
    createdAt: new Date(Date.UTC(2024, i, 1 + i, 12, 30)).toISOString(),
    lastLogin: null,
  })),
};

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(page));
});
server.listen(Number(process.env.PORT) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
