'use strict';
// The JSON document that http_json.js serves and json.js takes apart: one page of an
// API listing, 10 users (3 321 bytes as JSON, all ASCII).

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

module.exports = page;
